package cn.gov.yongjia.shixiao.portal.search.ui;

import java.util.List;
import java.util.function.Consumer;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.search.BusinessSearch;
import cn.gov.yongjia.shixiao.portal.search.SearchRequest;
import cn.gov.yongjia.shixiao.schema.types.NameSuggestion;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The search box with autocomplete: as the reader types (Chinese, pinyin or initials), up to eight names are
 * offered as links straight to the business; Enter or the button searches. Arrow-down moves from the box into the
 * suggestions, arrow keys move between them, Escape goes back to the box.
 */
class SearchBox extends Div {

    private final BusinessSearch search;
    private final SearchRequest.Near near;
    private final TextField field = new TextField();
    private final UnorderedList suggestions = new UnorderedList();
    private final Span count = new Span();

    SearchBox(BusinessSearch search, String text, SearchRequest.Near near, Consumer<String> submit) {
        this.search = search;
        this.near = near;
        addClassName("search-box");
        getElement().setAttribute("role", "search");
        field.setLabel(getTranslation("search.label"));
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setId("search");
        field.setValue(text);
        field.setClearButtonVisible(true);
        field.setAutocomplete(Autocomplete.OFF);
        field.setMaxLength(100);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggest(e.getValue());
            }
        });
        field.addKeyPressListener(Key.ENTER, e -> submit.accept(field.getValue()));
        field.getElement().setAttribute("aria-describedby", "suggestion-count");
        NativeButton go = new NativeButton(getTranslation("search.button"), e -> submit.accept(field.getValue()));
        go.setId("search-button");
        go.addClassName("button-primary");
        Div row = new Div(field, go);
        row.addClassName("search-row");

        suggestions.setId("suggestions");
        suggestions.addClassName("suggestions");
        suggestions.getElement().setAttribute("aria-label", getTranslation("search.suggestions"));
        suggestions.setVisible(false);
        count.setId("suggestion-count");
        count.addClassName("visually-hidden");
        count.getElement().setAttribute("aria-live", "polite");
        add(row, suggestions, count);
        getElement().executeJs("""
                const box = this;
                box.addEventListener('keydown', e => {
                    const links = [...box.querySelectorAll('#suggestions a')];
                    const at = links.indexOf(document.activeElement);
                    if (e.key === 'ArrowDown' && links.length) { e.preventDefault(); links[Math.min(at + 1, links.length - 1)].focus(); }
                    else if (e.key === 'ArrowUp' && at >= 0) { e.preventDefault(); at === 0 ? box.querySelector('#search').focus() : links[at - 1].focus(); }
                    else if (e.key === 'Escape') { box.querySelector('#search').focus(); }
                });
                """);
    }

    void focus() {
        field.focus();
    }

    private void suggest(String prefix) {
        suggestions.removeAll();
        List<NameSuggestion> found;
        try {
            found = search.suggest(prefix, near);
        } catch (ApiUnavailableException e) {
            found = List.of(); // autocomplete is a help: without it, the search button still works
        }
        for (int i = 0; i < found.size(); i++) {
            NameSuggestion suggestion = found.get(i);
            Anchor link = new Anchor("business/" + suggestion.getBusiness().getId(), suggestion.getText());
            link.setId("suggestion-" + i);
            Span trade = new Span(getTranslation("trade." + suggestion.getBusiness().getTrade().name()));
            trade.addClassName("suggestion-trade");
            link.add(trade);
            suggestions.add(new ListItem(link));
        }
        suggestions.setVisible(!found.isEmpty());
        count.setText(found.isEmpty() ? "" : getTranslation("search.suggestionsCount", found.size()));
    }
}
