package cn.gov.yongjia.shixiao.searchindex;

/**
 * Full-width forms as a Chinese input method in full-width mode types them (ＫＴＶ, ２号, ＬＡＮ１, the ideographic
 * space), folded to the ASCII the register and the releases are written in, so that a query finds what its ASCII
 * form finds.
 */
public final class FullWidthText {

    private FullWidthText() {
    }

    /** Full-width ASCII forms (U+FF01–U+FF5E) as ASCII, the ideographic space as a space; everything else as it is. */
    public static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
