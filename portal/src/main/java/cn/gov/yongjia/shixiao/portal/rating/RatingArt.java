package cn.gov.yongjia.shixiao.portal.rating;

import cn.gov.yongjia.shixiao.schema.types.RatingFace;
import cn.gov.yongjia.shixiao.schema.types.RatingGrade;

/**
 * The rating's pictures as SVG text, drawn here (no emoji fonts or image files needed): the face of the dynamic
 * rating and the colours of the grades, shared by the pages, the map pins and the embeddable badge. Colours keep a
 * contrast of at least 4.5:1 with white text.
 */
public final class RatingArt {

    private RatingArt() {
    }

    /** The grade's colour; grey while pending. */
    public static String colour(RatingGrade grade) {
        if (grade == null) {
            return "#5b6169";
        }
        return switch (grade) {
            case A -> "#1d6b35";
            case B -> "#1f5f99";
            case C -> "#8a5a00";
            case RECTIFY -> "#b3261e";
        };
    }

    /** The grade as shown on a badge: A, B, C, or 整改 / "Fix" for RECTIFY, – while pending. */
    public static String letter(RatingGrade grade, boolean english) {
        if (grade == null) {
            return "–";
        }
        return grade == RatingGrade.RECTIFY ? (english ? "!" : "改") : grade.name();
    }

    /** A face of {@code size} px in the grade's colour (an outline when pending), for inline use. */
    public static String face(RatingFace face, RatingGrade grade, int size) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" width=\"" + size + "\" height=\"" + size
                + "\" aria-hidden=\"true\" focusable=\"false\">"
                + faceShapes(face, face == null ? "none" : colour(grade), face == null ? colour(grade) : "#ffffff", 0, 0, 1)
                + "</svg>";
    }

    /** The shapes of a face in a 24 × 24 box at (x, y), scaled: {@code fill} the disc, {@code ink} eyes, mouth, rim. */
    public static String faceShapes(RatingFace face, String fill, String ink, double x, double y, double scale) {
        String mouth = face == null ? "M8 15h8" : switch (face) {
            case SMILE -> "M7.5 14q4.5 4.5 9 0";
            case NEUTRAL -> "M8 15h8";
            case FROWN -> "M7.5 17q4.5 -4.5 9 0";
        };
        return "<g transform=\"translate(" + x + " " + y + ") scale(" + scale + ")\">"
                + "<circle cx=\"12\" cy=\"12\" r=\"11\" fill=\"" + fill + "\" stroke=\"" + (fill.equals("none") ? ink : fill) + "\" stroke-width=\"1.5\"/>"
                + "<circle cx=\"8.5\" cy=\"9.5\" r=\"1.4\" fill=\"" + ink + "\"/>"
                + "<circle cx=\"15.5\" cy=\"9.5\" r=\"1.4\" fill=\"" + ink + "\"/>"
                + "<path d=\"" + mouth + "\" fill=\"none\" stroke=\"" + ink + "\" stroke-width=\"1.8\" stroke-linecap=\"round\"/>"
                + "</g>";
    }

    /** XML-escapes text for SVG. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
