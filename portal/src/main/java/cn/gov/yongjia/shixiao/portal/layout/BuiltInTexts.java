package cn.gov.yongjia.shixiao.portal.layout;

import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts Vaadin's components carry inside them (an upload's "Upload Files..." and "Drop file here", a date
 * picker's month names and "Today", a login form's "Log in"), which are English unless given: here they come from the
 * portal's translations, in the reader's language. Date formats are left to the picker's locale.
 */
public final class BuiltInTexts {

    private BuiltInTexts() {
    }

    /** Sets the date picker's texts in the language of the page it is on. */
    public static DatePicker translate(DatePicker picker, Component page) {
        picker.setI18n(datePicker(page::getTranslation));
        return picker;
    }

    /** Sets the date-time picker's texts (its date part's too) in the language of the page it is on. */
    public static DateTimePicker translate(DateTimePicker picker, Component page) {
        picker.setDatePickerI18n(datePicker(page::getTranslation));
        picker.setI18n(dateTimePicker(page::getTranslation));
        return picker;
    }

    public static DatePicker.DatePickerI18n datePicker(UnaryOperator<String> translation) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(translation.apply("layout.date.months")))
                .setWeekdays(list(translation.apply("layout.date.weekdays")))
                .setWeekdaysShort(list(translation.apply("layout.date.weekdaysShort")))
                .setFirstDayOfWeek(1)
                .setToday(translation.apply("layout.date.today"))
                .setCancel(translation.apply("layout.date.cancel"))
                .setBadInputErrorMessage(translation.apply("layout.date.badInput"))
                .setRequiredErrorMessage(translation.apply("layout.date.required"))
                .setMinErrorMessage(translation.apply("layout.date.min"))
                .setMaxErrorMessage(translation.apply("layout.date.max"));
    }

    public static DateTimePicker.DateTimePickerI18n dateTimePicker(UnaryOperator<String> translation) {
        return new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(translation.apply("layout.dateTime.date"))
                .setTimeLabel(translation.apply("layout.dateTime.time"))
                .setBadInputErrorMessage(translation.apply("layout.dateTime.badInput"))
                .setIncompleteInputErrorMessage(translation.apply("layout.dateTime.incomplete"))
                .setRequiredErrorMessage(translation.apply("layout.dateTime.required"))
                .setMinErrorMessage(translation.apply("layout.dateTime.min"))
                .setMaxErrorMessage(translation.apply("layout.dateTime.max"));
    }

    public static UploadI18N upload(UnaryOperator<String> translation) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(translation.apply("layout.upload.addOne"))
                .setMany(translation.apply("layout.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(translation.apply("layout.upload.dropOne"))
                .setMany(translation.apply("layout.upload.dropMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(translation.apply("layout.upload.tooManyFiles"))
                .setFileIsTooBig(translation.apply("layout.upload.fileIsTooBig"))
                .setIncorrectFileType(translation.apply("layout.upload.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(translation.apply("layout.upload.connecting"))
                        .setStalled(translation.apply("layout.upload.stalled"))
                        .setProcessing(translation.apply("layout.upload.processing"))
                        .setHeld(translation.apply("layout.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(translation.apply("layout.upload.remainingPrefix"))
                        .setUnknown(translation.apply("layout.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(translation.apply("layout.upload.serverUnavailable"))
                        .setUnexpectedServerError(translation.apply("layout.upload.unexpectedServerError"))
                        .setForbidden(translation.apply("layout.upload.forbidden"))
                        .setFileTooLarge(translation.apply("layout.upload.fileTooLarge"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(translation.apply("layout.upload.retry"))
                .setStart(translation.apply("layout.upload.start"))
                .setRemove(translation.apply("layout.upload.remove")));
        return i18n;
    }

    /** The login form's texts; the staff area's sign-in keys are under {@code staff.login.}. */
    public static LoginI18n login(UnaryOperator<String> translation) {
        LoginI18n i18n = new LoginI18n();
        LoginI18n.Form form = new LoginI18n.Form();
        form.setTitle(translation.apply("staff.login.title"));
        form.setUsername(translation.apply("staff.login.username"));
        form.setPassword(translation.apply("staff.login.password"));
        form.setSubmit(translation.apply("staff.login.submit"));
        form.setForgotPassword(translation.apply("staff.login.forgotPassword"));
        i18n.setForm(form);
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(translation.apply("staff.login.errorTitle"));
        error.setMessage(translation.apply("staff.login.errorMessage"));
        error.setUsername(translation.apply("staff.login.usernameRequired"));
        error.setPassword(translation.apply("staff.login.passwordRequired"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    private static List<String> list(String commaSeparated) {
        return List.of(commaSeparated.split(","));
    }
}
