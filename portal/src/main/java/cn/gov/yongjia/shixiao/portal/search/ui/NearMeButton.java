package cn.gov.yongjia.shixiao.portal.search.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * "Near me": asks the browser for the reader's location only when clicked (the browser then asks the reader), and
 * says plainly when it is not given; everything else keeps working without it.
 */
class NearMeButton extends Div {

    private final BiConsumer<Double, Double> located;
    private final Span status = new Span();

    NearMeButton(String label, BiConsumer<Double, Double> located) {
        this.located = located;
        addClassName("near-me");
        NativeButton button = new NativeButton(label, e -> ask());
        button.setId("near-me");
        button.addClassName("button-secondary");
        button.getElement().setAttribute("aria-describedby", "near-me-status");
        status.setId("near-me-status");
        status.addClassName("hint");
        status.getElement().setAttribute("aria-live", "polite");
        status.setText(getTranslation("search.nearMeHint"));
        add(button, status);
    }

    private void ask() {
        status.setText(getTranslation("search.locating"));
        getElement().executeJs("""
                const host = this;
                if (!navigator.geolocation) { host.$server.unavailable(true); return; }
                navigator.geolocation.getCurrentPosition(
                    p => host.$server.located(p.coords.latitude, p.coords.longitude),
                    () => host.$server.unavailable(false),
                    { timeout: 15000, maximumAge: 300000 });
                """);
    }

    @ClientCallable
    void located(double lat, double lon) {
        status.setText("");
        located.accept(lat, lon);
    }

    @ClientCallable
    void unavailable(boolean unsupported) {
        status.setText(getTranslation(unsupported ? "search.locationUnsupported" : "search.locationDenied"));
        status.addClassName("hint-warning");
    }
}
