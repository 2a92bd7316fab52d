package cn.gov.yongjia.shixiao.portal.staff.ui;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.layout.Language;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import cn.gov.yongjia.shixiao.portal.staff.ReleaseAttachmentUpload;
import cn.gov.yongjia.shixiao.portal.staff.StaffReleases;
import cn.gov.yongjia.shixiao.portal.staff.StaffSession;
import cn.gov.yongjia.shixiao.schema.types.CreateReleaseInput;
import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.ReleaseAttachment;
import cn.gov.yongjia.shixiao.schema.types.ReleaseCategory;
import cn.gov.yongjia.shixiao.schema.types.ReleaseChangeKind;
import cn.gov.yongjia.shixiao.schema.types.ReleaseIssuer;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import cn.gov.yongjia.shixiao.schema.types.ReleasePayload;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import cn.gov.yongjia.shixiao.schema.types.UpdateReleaseInput;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Writes a release ({@code /staff/releases/new}) or changes one ({@code /staff/releases/{id}}): every field, the
 * Markdown body with a live preview of the API's sanitised rendering, linked businesses picked by searching,
 * attachments, and the workflow (schedule, publish, withdraw; minor or major edit after publication). The API decides
 * what the signed-in account may do; every refusal is shown in {@code #staff-message}.
 */
@Route(value = "staff/releases/:id", layout = MainLayout.class)
@StyleSheet("styles/staff.css")
class ReleaseEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private final StaffReleases releases;
    private final ReleaseAttachmentUpload uploads;

    private final Paragraph message = new Paragraph();
    private final Paragraph stateLine = new Paragraph();
    private final Select<ReleaseIssuer> issuer = new Select<>();
    private final Select<ReleaseCategory> category = new Select<>();
    private final Select<ReleaseLanguage> language = new Select<>();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextField documentNumber = new TextField();
    private final TextField keywords = new TextField();
    private final DatePicker writtenOn = new DatePicker();
    private final DatePicker effectiveOn = new DatePicker();
    private final DatePicker repealedOn = new DatePicker();
    private final MultiSelectComboBox<LinkedBusiness> businesses = new MultiSelectComboBox<>();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final Select<ReleaseChangeKind> changeKind = new Select<>();
    private final TextField changeNote = new TextField();
    private final DateTimePicker publishAt = new DateTimePicker();
    private final TextField withdrawalReason = new TextField();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button schedule = new Button();
    private final Button withdraw = new Button();
    private final UnorderedList attachments = new UnorderedList();
    private final Section upload = new Section();

    private String token;
    private Release release;

    ReleaseEditorView(StaffReleases releases, ReleaseAttachmentUpload uploads) {
        this.releases = releases;
        this.uploads = uploads;
        setId("release-editor-view");
        addClassNames("staff", "release-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var signedIn = StaffSession.current().orElse(null);
        if (signedIn == null) {
            return;
        }
        token = signedIn.token();
        String id = event.getRouteParameters().get("id").orElse("new");
        try {
            build();
            if (!id.equals("new")) {
                release = releases.release(token, id);
                if (release == null) {
                    say(getTranslation("staff.editor.notFound"));
                    return;
                }
                show(release);
            } else {
                showState();
            }
        } catch (ApiUnavailableException e) {
            say(StaffMessages.of(this, e));
        }
    }

    private void build() {
        message.setId("staff-message");
        message.addClassName("staff-message");
        message.getElement().setAttribute("role", "status");
        message.getElement().setAttribute("aria-live", "polite");
        stateLine.setId("release-state");
        Anchor back = new Anchor("staff/releases", getTranslation("staff.editor.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("staff-back");

        boolean english = Language.of(getLocale()) == Language.ENGLISH;
        issuer.setLabel(getTranslation("staff.field.issuer"));
        issuer.setId("release-issuer");
        issuer.setItems(releases.issuers(token));
        issuer.setItemLabelGenerator(i -> english ? i.getNameEn() : i.getName());
        category.setLabel(getTranslation("staff.field.category"));
        category.setId("release-category");
        category.setItems(releases.categories(token));
        category.setItemLabelGenerator(c -> english ? c.getNameEn() : c.getName());
        language.setLabel(getTranslation("staff.field.language"));
        language.setId("release-language");
        language.setItems(ReleaseLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation("staff.language." + l.name()));
        language.setValue(ReleaseLanguage.ZH);
        title.setLabel(getTranslation("staff.field.title"));
        title.setId("release-title");
        summary.setLabel(getTranslation("staff.field.summary"));
        summary.setId("release-summary");
        documentNumber.setLabel(getTranslation("staff.field.documentNumber"));
        documentNumber.setId("release-document-number");
        keywords.setLabel(getTranslation("staff.field.keywords"));
        keywords.setHelperText(getTranslation("staff.field.keywordsHelp"));
        keywords.setId("release-keywords");
        writtenOn.setLabel(getTranslation("staff.field.writtenOn"));
        effectiveOn.setLabel(getTranslation("staff.field.effectiveOn"));
        repealedOn.setLabel(getTranslation("staff.field.repealedOn"));
        businesses.setLabel(getTranslation("staff.field.businesses"));
        businesses.setId("release-businesses");
        businesses.setItemLabelGenerator(LinkedBusiness::name);
        businesses.setItems(query -> {
            String text = query.getFilter().orElse("").strip();
            int offset = query.getOffset();
            int limit = query.getLimit();
            if (text.isEmpty() || offset > 0) {
                return java.util.stream.Stream.empty();
            }
            return releases.businesses(token, text).stream().map(b -> new LinkedBusiness(b.getId(), b.getName()))
                    .limit(limit);
        });

        body.setLabel(getTranslation("staff.field.body"));
        body.setId("release-body");
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(500); // debounced: one preview request when typing pauses
        body.addValueChangeListener(e -> {
            if (e.isFromClient()) { // the editor's typing; a release just loaded comes with its bodyHtml
                refreshPreview();
            }
        });
        preview.setId("release-preview");
        preview.addClassName("release-preview");
        preview.getElement().setAttribute("aria-label", getTranslation("staff.editor.preview"));
        Section bodySection = new Section(new H2(getTranslation("staff.editor.bodyAndPreview")), body,
                new Div(new Paragraph(getTranslation("staff.editor.preview")), preview));
        bodySection.addClassName("release-body");

        changeKind.setLabel(getTranslation("staff.field.changeKind"));
        changeKind.setId("release-change-kind");
        changeKind.setItems(ReleaseChangeKind.values());
        changeKind.setItemLabelGenerator(k -> getTranslation("staff.change." + k.name()));
        changeNote.setLabel(getTranslation("staff.field.changeNote"));
        changeNote.setId("release-change-note");

        save.setText(getTranslation("staff.action.save"));
        save.addClickListener(e -> save());
        save.setId("release-save");
        publish.setText(getTranslation("staff.action.publish"));
        publish.addClickListener(e -> act(() -> releases.publish(token, release.getId()), "staff.done.published"));
        publish.setId("release-publish");
        publishAt.setLabel(getTranslation("staff.field.publishAt"));
        publishAt.setId("release-publish-at");
        schedule.setText(getTranslation("staff.action.schedule"));
        schedule.addClickListener(e -> {
            if (publishAt.getValue() == null) {
                say(getTranslation("staff.editor.publishAtMissing"));
                return;
            }
            act(() -> releases.schedule(token, release.getId(), publishAt.getValue().atZone(COUNTY).toOffsetDateTime()),
                    "staff.done.scheduled");
        });
        schedule.setId("release-schedule");
        withdrawalReason.setLabel(getTranslation("staff.field.withdrawalReason"));
        withdrawalReason.setId("release-withdrawal-reason");
        withdraw.setText(getTranslation("staff.action.withdraw"));
        withdraw.addClickListener(e -> act(
                () -> releases.withdraw(token, release.getId(), withdrawalReason.getValue()), "staff.done.withdrawn"));
        withdraw.setId("release-withdraw");
        Section workflow = new Section(new H2(getTranslation("staff.editor.workflow")), publish, publishAt, schedule,
                withdrawalReason, withdraw);
        workflow.setId("release-workflow");
        workflow.addClassName("release-workflow");

        Upload files = new Upload(UploadHandler.inMemory((metadata, content) -> {
            List<String> refused = uploads.upload(token, release.getId(), metadata.fileName(), content);
            getUI().ifPresent(ui -> ui.access(() -> {
                if (refused.isEmpty()) {
                    reload("staff.done.attached");
                } else {
                    say(getTranslation("staff.editor.uploadRefused") + " " + String.join("; ", refused));
                }
            }));
        }));
        files.setId("release-upload");
        attachments.setId("release-attachments");
        upload.add(new H2(getTranslation("staff.editor.attachments")), attachments, files);

        Section fields = new Section(issuer, category, language, title, summary, documentNumber, keywords, writtenOn,
                effectiveOn, repealedOn, businesses);
        fields.addClassName("staff-fields");
        title.addClassName("staff-wide");
        summary.addClassName("staff-wide");
        businesses.addClassName("staff-wide");
        Section saving = new Section(changeKind, changeNote, save);
        saving.addClassName("staff-actions");
        add(back, new H1(getTranslation("staff.editor.title")), stateLine, message,
                fields, bodySection, saving, workflow, upload);
    }

    /**
     * An upload's outcome is written into the page from the upload request's thread ({@code ui.access}); without
     * server push it reaches the browser with the next round trip, which may come before it was written. Polling
     * while the editor is open delivers it within a second.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().setPollInterval(1000);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    private void show(Release shown) {
        release = shown;
        issuer.setValue(matching(issuer, shown.getIssuer() == null ? null : shown.getIssuer().getCode()));
        category.setValue(matching(category, shown.getCategory() == null ? null : shown.getCategory().getCode()));
        language.setValue(shown.getLanguage());
        title.setValue(Objects.requireNonNullElse(shown.getTitle(), ""));
        summary.setValue(Objects.requireNonNullElse(shown.getSummary(), ""));
        documentNumber.setValue(Objects.requireNonNullElse(shown.getDocumentNumber(), ""));
        keywords.setValue(String.join("，", Objects.requireNonNullElse(shown.getKeywords(), List.of())));
        writtenOn.setValue(shown.getWrittenOn());
        effectiveOn.setValue(shown.getEffectiveOn());
        repealedOn.setValue(shown.getRepealedOn());
        businesses.setValue(shown.getBusinesses() == null ? Set.of() : shown.getBusinesses().stream()
                .map(b -> new LinkedBusiness(b.getId(), b.getName())).collect(Collectors.toCollection(LinkedHashSet::new)));
        body.setValue(Objects.requireNonNullElse(shown.getBodyMarkdown(), ""));
        preview.getElement().setProperty("innerHTML", Objects.requireNonNullElse(shown.getBodyHtml(), ""));
        attachments.removeAll();
        for (ReleaseAttachment attachment : Objects.requireNonNullElse(shown.getAttachments(), List.<ReleaseAttachment>of())) {
            Anchor link = new Anchor(attachment.getUrl(), attachment.getFileName());
            link.setTarget("_blank");
            attachments.add(new ListItem(link));
        }
        showState();
    }

    private void showState() {
        boolean saved = release != null;
        ReleaseState state = saved ? release.getState() : null;
        issuer.setReadOnly(saved);
        language.setReadOnly(saved);
        boolean afterPublication = state == ReleaseState.PUBLISHED;
        changeKind.setVisible(afterPublication);
        changeNote.setVisible(afterPublication);
        upload.setVisible(saved && state != ReleaseState.WITHDRAWN);
        stateLine.setText(saved
                ? getTranslation("staff.editor.stateLine", getTranslation("staff.state." + state.name()),
                        Objects.requireNonNullElse(release.getIndexNumber(), ""))
                : getTranslation("staff.editor.unsaved"));
        publish.setEnabled(state == ReleaseState.DRAFT || state == ReleaseState.SCHEDULED);
        schedule.setEnabled(state == ReleaseState.DRAFT);
        publishAt.setEnabled(state == ReleaseState.DRAFT);
        withdraw.setEnabled(state == ReleaseState.PUBLISHED);
        withdrawalReason.setEnabled(state == ReleaseState.PUBLISHED);
        save.setEnabled(state != ReleaseState.WITHDRAWN);
    }

    private void refreshPreview() {
        try {
            preview.getElement().setProperty("innerHTML", releases.preview(token, body.getValue()));
        } catch (ApiUnavailableException e) {
            say(StaffMessages.of(this, e));
        }
    }

    private void save() {
        if (release == null) {
            if (issuer.getValue() == null || category.getValue() == null) {
                say(getTranslation("staff.editor.issuerAndCategory"));
                return;
            }
            act(() -> releases.create(token, CreateReleaseInput.newBuilder()
                    .issuerCode(issuer.getValue().getCode())
                    .categoryCode(category.getValue().getCode())
                    .language(language.getValue())
                    .title(title.getValue())
                    .summary(blankToNull(summary.getValue()))
                    .documentNumber(blankToNull(documentNumber.getValue()))
                    .keywords(keywordList())
                    .writtenOn(writtenOn.getValue())
                    .effectiveOn(effectiveOn.getValue())
                    .repealedOn(repealedOn.getValue())
                    .businessIds(businessIds())
                    .bodyMarkdown(body.getValue())
                    .build()), "staff.done.saved");
            return;
        }
        var input = UpdateReleaseInput.newBuilder()
                .id(release.getId())
                .title(title.getValue())
                .summary(summary.getValue())
                .documentNumber(documentNumber.getValue())
                .categoryCode(category.getValue() == null ? null : category.getValue().getCode())
                .keywords(keywordList())
                .writtenOn(writtenOn.getValue())
                .effectiveOn(effectiveOn.getValue())
                .repealedOn(repealedOn.getValue())
                .businessIds(businessIds())
                .bodyMarkdown(body.getValue());
        if (release.getState() == ReleaseState.PUBLISHED) {
            input.changeKind(changeKind.getValue()).changeNote(blankToNull(changeNote.getValue()));
        }
        act(() -> releases.update(token, input.build()), "staff.done.saved");
    }

    /** Runs one workflow step; shows the API's refusal, or the release as it is now. */
    private void act(java.util.function.Supplier<ReleasePayload> step, String doneKey) {
        try {
            ReleasePayload payload = step.get();
            if (payload.getUserErrors() != null && !payload.getUserErrors().isEmpty()) {
                say(StaffMessages.of(this, payload.getUserErrors()));
                return;
            }
            boolean created = release == null;
            show(payload.getRelease());
            if (created) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "staff/releases/" + release.getId());
            }
            say(getTranslation(doneKey));
        } catch (ApiUnavailableException e) {
            say(StaffMessages.of(this, e));
        }
    }

    private void reload(String doneKey) {
        try {
            show(releases.release(token, release.getId()));
            say(getTranslation(doneKey));
        } catch (ApiUnavailableException e) {
            say(StaffMessages.of(this, e));
        }
    }

    private void say(String text) {
        message.setText(text);
    }

    private List<String> keywordList() {
        return Arrays.stream(keywords.getValue().split("[,，、;；]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    private List<String> businessIds() {
        return businesses.getValue().stream().map(LinkedBusiness::id).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static <T> T matching(Select<T> select, String code) {
        if (code == null) {
            return null;
        }
        return select.getListDataView().getItems().filter(item -> code.equals(codeOf(item))).findFirst().orElse(null);
    }

    private static String codeOf(Object item) {
        return switch (item) {
            case ReleaseIssuer i -> i.getCode();
            case ReleaseCategory c -> c.getCode();
            default -> null;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.editor.title") + " – " + getTranslation("layout.siteName");
    }

    /** A business linked to the release, as the picker shows it. */
    record LinkedBusiness(String id, String name) {
    }
}
