package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.util.Optional;

import cn.gov.yongjia.shixiao.searchindex.FullWidthText;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters whose last one is a check character over
 * the first 17. A regular expression alone is not validation: the check character is computed here.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid unified social credit code: " + value);
        }
    }

    /** Parses user input: trims, upper-cases and turns full-width characters into half-width first. */
    public static Optional<CreditCode> parse(String input) {
        String normalised = normalise(input);
        return isValid(normalised) ? Optional.of(new CreditCode(normalised)) : Optional.empty();
    }

    /** True for an 18-character code of the alphabet whose check character is right. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        return code.charAt(17) == checkCharacter(sum);
    }

    /** The check character for the first 17 characters (which must be of the alphabet). */
    static char checkCharacterFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not in the credit code alphabet: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return checkCharacter(sum);
    }

    private static char checkCharacter(int weightedSum) {
        return ALPHABET.charAt((31 - weightedSum % 31) % 31);
    }

    /** Trim, full-width to half-width (ＡＢＣ１２３ → ABC123, ideographic space), upper case. */
    static String normalise(String input) {
        if (input == null) {
            return "";
        }
        return FullWidthText.toAscii(input.strip()).strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** 登记管理部门码 9 + 机构类别码 2 = 个体工商户 (an individual business, as most 十小 shops are). */
    public boolean isIndividualBusiness() {
        return value.startsWith("92");
    }

    /** Characters 3–8: the administrative division where it was registered (330324 for Yongjia). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /**
     * A legacy 15-digit registration number (注册号), issued before the credit code; accepted and kept as it is.
     */
    public static boolean isLegacyRegistrationNumber(String input) {
        String normalised = normalise(input);
        return normalised.length() == 15 && normalised.chars().allMatch(Character::isDigit);
    }

    @Override
    public String toString() {
        return value;
    }
}
