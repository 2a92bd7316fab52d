package cn.gov.yongjia.shixiao.graphqlapi.business;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "92141127MA0KD1Y64A", "91330324MA2859YC7L"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.parse(code)).map(CreditCode::value).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91110000600037341A", // wrong check character
            "92141127MA0KD1Y64B", // wrong check character
            "91110000600037341",  // 17 characters
            "91110000600037341LL", // 19 characters
            "9111000060003734IL", // I is not in the alphabet
            "9111000060003734OL", // O is not in the alphabet
            "911100006000373S1L", // S is not in the alphabet
            ""})
    void refusesEverythingElse(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThat(CreditCode.parse(code)).isEmpty();
    }

    @Test
    void normalisesWhatPeopleType() {
        assertThat(CreditCode.parse("  92141127ma0kd1y64a ")).map(CreditCode::value).contains("92141127MA0KD1Y64A");
        assertThat(CreditCode.parse("９２１４１１２７ＭＡ０ＫＤ１Ｙ６４Ａ")).map(CreditCode::value).contains("92141127MA0KD1Y64A");
        assertThat(CreditCode.parse("\u300092141127MA0KD1Y64A\u3000")).map(CreditCode::value).contains("92141127MA0KD1Y64A");
    }

    @Test
    void everySingleCharacterChangeIsCaught() {
        String valid = "92141127MA0KD1Y64A";
        for (int i = 0; i < 18; i++) {
            for (char c : CreditCode.ALPHABET.toCharArray()) {
                if (c == valid.charAt(i)) {
                    continue;
                }
                String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                assertThat(CreditCode.isValid(changed)).as("%s", changed).isFalse();
            }
        }
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(CreditCode.checkCharacterFor("91110000600037341")).isEqualTo('L');
        assertThat(CreditCode.checkCharacterFor("92141127MA0KD1Y64")).isEqualTo('A');
    }

    @Test
    void tellsIndividualBusinessesAndTheirDivision() {
        CreditCode code = new CreditCode("92141127MA0KD1Y64A");
        assertThat(code.isIndividualBusiness()).isTrue();
        assertThat(code.divisionCode()).isEqualTo("141127");
        assertThat(new CreditCode("91110000600037341L").isIndividualBusiness()).isFalse();
    }

    @Test
    void legacyRegistrationNumbersAreFifteenDigits() {
        assertThat(CreditCode.isLegacyRegistrationNumber("330324000123456")).isTrue();
        assertThat(CreditCode.isLegacyRegistrationNumber("３３０３２４０００１２３４５６")).isTrue();
        assertThat(CreditCode.isLegacyRegistrationNumber("33032400012345")).isFalse();
        assertThat(CreditCode.isLegacyRegistrationNumber("33032400012345X")).isFalse();
    }

    @Test
    void constructorRefusesInvalidCodes() {
        assertThatThrownBy(() -> new CreditCode("91110000600037341A")).isInstanceOf(IllegalArgumentException.class);
    }
}
