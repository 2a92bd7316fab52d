package cn.gov.yongjia.shixiao.portal.staff.ui;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.layout.BuiltInTexts;
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
import cn.gov.yongjia.shixiao.schema.types.ReleaseRight;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import cn.gov.yongjia.shixiao.schema.types.UpdateReleaseInput;
import cn.gov.yongjia.shixiao.schema.types.Viewer;
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

/**
 * Writes a release ({@code /staff/releases/new}) or changes one ({@code /staff/releases/{id}}): every field, the
 * Markdown body with a live preview of the API's sanitised rendering, linked businesses picked by searching,
 * attachments, a translation, and the workflow (schedule or cancel a schedule, publish, withdraw; minor or major edit
 * after publication). Only the actions the account has rights for are shown ({@code viewer}); the API still decides
 * (the four-eyes rule depends on the release), and every refusal is shown in {@code #staff-message}.
 */
@Route(value = "staff/releases/:id", layout = MainLayout.class)
@StyleSheet("styles/staff.css")
class ReleaseEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StaffReleases releases;
    private final ReleaseAttachmentUpload uploads;

    private Paragraph message;
    private Paragraph stateLine;
    private Select<ReleaseIssuer> issuer;
    private Select<ReleaseCategory> category;
    private Select<ReleaseLanguage> language;
    private TextField title;
    private TextArea summary;
    private TextField documentNumber;
    private TextField keywords;
    private DatePicker writtenOn;
    private DatePicker effectiveOn;
    private DatePicker repealedOn;
    private MultiSelectComboBox<LinkedBusiness> businesses;
    private TextArea body;
    private Div preview;
    private Select<ReleaseChangeKind> changeKind;
    private TextField changeNote;
    private DateTimePicker publishAt;
    private TextField withdrawalReason;
    private Button save;
    private Button publish;
    private Button schedule;
    private Button withdraw;
    private Button cancelSchedule;
    private Div translation;
    private UnorderedList attachments;
    private Section upload;

    private final ReceivedFiles received = new ReceivedFiles();

    private String token;
    private Release release;
    /** The release a new one translates ({@code ?translationOf=<id>}), null otherwise. */
    private Release original;
    private Set<ReleaseRight> rights = Set.of();

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
        release = null;
        original = null;
        message = null;
        try {
            Viewer viewer = releases.viewer(token);
            rights = viewer == null || viewer.getReleaseRights() == null ? Set.of() : Set.copyOf(viewer.getReleaseRights());
            build();
            if (id.equals("new")) {
                var translationOf = event.getLocation().getQueryParameters().getSingleParameter("translationOf");
                if (translationOf.isPresent()) {
                    original = releases.release(token, translationOf.get());
                    startTranslation();
                }
                showState();
                return;
            }
            release = releases.release(token, id);
            if (release == null) {
                say(getTranslation("staff.editor.notFound"));
                return;
            }
            show(release);
        } catch (ApiUnavailableException e) {
            say(StaffMessages.of(this, e));
        }
    }

    /** Makes the page's components afresh: Vaadin reuses this view when one editor links to another. */
    private void build() {
        message = new Paragraph();
        stateLine = new Paragraph();
        issuer = new Select<>();
        category = new Select<>();
        language = new Select<>();
        title = new TextField();
        summary = new TextArea();
        documentNumber = new TextField();
        keywords = new TextField();
        writtenOn = new DatePicker();
        effectiveOn = new DatePicker();
        repealedOn = new DatePicker();
        businesses = new MultiSelectComboBox<>();
        body = new TextArea();
        preview = new Div();
        changeKind = new Select<>();
        changeNote = new TextField();
        publishAt = new DateTimePicker();
        withdrawalReason = new TextField();
        save = new Button();
        publish = new Button();
        schedule = new Button();
        withdraw = new Button();
        cancelSchedule = new Button();
        translation = new Div();
        attachments = new UnorderedList();
        upload = new Section();
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
        writtenOn.setId("release-written-on");
        effectiveOn.setLabel(getTranslation("staff.field.effectiveOn"));
        repealedOn.setLabel(getTranslation("staff.field.repealedOn"));
        for (DatePicker picker : List.of(writtenOn, effectiveOn, repealedOn)) {
            picker.setLocale(Language.of(getLocale()).locale());
            BuiltInTexts.translate(picker, this);
        }
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
        publishAt.setLocale(Language.of(getLocale()).locale());
        publishAt.setStep(Duration.ofMinutes(1));
        BuiltInTexts.translate(publishAt, this);
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
        cancelSchedule.setText(getTranslation("staff.action.cancelSchedule"));
        cancelSchedule.addClickListener(e -> act(() -> releases.cancelSchedule(token, release.getId()),
                "staff.done.scheduleCancelled"));
        cancelSchedule.setId("release-cancel-schedule");
        Section workflow = new Section(new H2(getTranslation("staff.editor.workflow")), publish, publishAt, schedule,
                cancelSchedule, withdrawalReason, withdraw);
        workflow.setId("release-workflow");
        workflow.addClassName("release-workflow");

        Upload files = new Upload(received);
        files.setI18n(BuiltInTexts.upload(this::getTranslation));
        files.setMaxFileSize(ReceivedFiles.MAX_BYTES);
        // after the upload's HTTP response, as a round trip of its own: the handler has queued the file by then
        files.addAllFinishedListener(e -> attachReceived(files));
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
        translation.setId("release-translation");
        translation.addClassName("release-translation");
        add(back, new H1(getTranslation("staff.editor.title")), stateLine, message, translation,
                fields, bodySection, saving, workflow, upload);
        saving.setVisible(rights.contains(ReleaseRight.EDIT));
        workflow.setVisible(rights.contains(ReleaseRight.PUBLISH));
    }

    /** Sends the files the upload received to the API, then shows the release's attachments or the refusal. */
    private void attachReceived(Upload files) {
        List<String> refused = new java.util.ArrayList<>();
        int attached = 0;
        for (ReceivedFiles.File file : received.take()) {
            List<String> answer = file.content() == null
                    ? List.of(getTranslation("layout.upload.fileIsTooBig"))
                    : uploads.upload(token, release.getId(), file.name(), file.content());
            if (answer.isEmpty()) {
                attached++;
            } else {
                refused.add(file.name() + ": " + answer.stream()
                        .map(m -> m.equals("UNREACHABLE") ? getTranslation("staff.error.unreachable") : m)
                        .collect(Collectors.joining("; ")));
            }
        }
        files.clearFileList();
        if (attached > 0) {
            reload("staff.done.attached");
        }
        if (!refused.isEmpty()) { // after the attached ones' confirmation, when some of several files were refused
            say(((attached > 0 ? getTranslation("staff.done.attached") + " " : "")
                    + getTranslation("staff.editor.uploadRefused") + " " + String.join("; ", refused)));
        }
    }

    /** A new release that translates {@link #original}: its issuer and category, the other language. */
    private void startTranslation() {
        if (original == null) {
            return;
        }
        issuer.setValue(matching(issuer, original.getIssuer() == null ? null : original.getIssuer().getCode()));
        category.setValue(matching(category, original.getCategory() == null ? null : original.getCategory().getCode()));
        language.setValue(original.getLanguage() == ReleaseLanguage.ZH ? ReleaseLanguage.EN : ReleaseLanguage.ZH);
        language.setReadOnly(true);
        translation.removeAll();
        translation.add(new Paragraph(getTranslation("staff.editor.translationOf")), link(original));
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
        translation.removeAll();
        if (shown.getTranslation() != null) {
            translation.add(new Paragraph(getTranslation("staff.editor.translation")), link(shown.getTranslation()));
        } else if (rights.contains(ReleaseRight.EDIT) && shown.getState() != ReleaseState.WITHDRAWN) {
            Anchor write = new Anchor("staff/releases/new?translationOf=" + shown.getId(), getTranslation(
                    shown.getLanguage() == ReleaseLanguage.EN ? "staff.editor.writeTranslationZh" : "staff.editor.writeTranslation"));
            write.setId("release-write-translation");
            translation.add(write);
        }
        showState();
    }

    private static Anchor link(Release other) {
        Anchor link = new Anchor("staff/releases/" + other.getId(), other.getTitle());
        link.getElement().setAttribute("router-link", true);
        link.addClassName("release-translation-link");
        return link;
    }

    private void showState() {
        boolean saved = release != null;
        ReleaseState state = saved ? release.getState() : null;
        issuer.setReadOnly(saved);
        language.setReadOnly(saved || original != null);
        boolean afterPublication = state == ReleaseState.PUBLISHED;
        changeKind.setVisible(afterPublication);
        changeNote.setVisible(afterPublication);
        upload.setVisible(saved && state != ReleaseState.WITHDRAWN && rights.contains(ReleaseRight.EDIT));
        String line = saved
                ? getTranslation("staff.editor.stateLine", getTranslation("staff.state." + state.name()),
                        Objects.requireNonNullElse(release.getIndexNumber(), ""))
                : getTranslation("staff.editor.unsaved");
        if (state == ReleaseState.SCHEDULED && release.getScheduledFor() != null) {
            line += "　" + getTranslation("staff.editor.scheduledFor", inCounty(release.getScheduledFor()));
        }
        stateLine.setText(line);
        publish.setEnabled(state == ReleaseState.DRAFT || state == ReleaseState.SCHEDULED);
        schedule.setEnabled(state == ReleaseState.DRAFT);
        publishAt.setEnabled(state == ReleaseState.DRAFT);
        cancelSchedule.setVisible(state == ReleaseState.SCHEDULED);
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
                    .translationOfId(original == null ? null : original.getId())
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
    private void act(Supplier<ReleasePayload> step, String doneKey) {
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
        if (message == null) { // the API failed before the page was built
            message = new Paragraph();
            message.setId("staff-message");
            message.getElement().setAttribute("role", "status");
            add(message);
        }
        message.setText(text);
    }

    static String inCounty(OffsetDateTime time) {
        return time.atZoneSameInstant(COUNTY).format(MINUTES);
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
