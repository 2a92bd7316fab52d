package cn.gov.yongjia.shixiao.portal.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffSessionTest {

    @Test
    void aSignedInStaffMemberNeverWritesTheTokenIntoALog() {
        var signedIn = new StaffSession.SignedIn("news.editor", "secret-bearer-token");

        assertThat(signedIn.toString()).contains("news.editor").doesNotContain("secret-bearer-token");
    }

    @Test
    void outsideAVaadinRequestNobodyIsSignedIn() {
        assertThat(StaffSession.current()).isEmpty();
    }
}
