package cn.gov.yongjia.shixiao.portal.business;

import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR code on a business page reads back as the page's permanent address. */
class QrCodeTest {

    @Test
    void theSvgReadsBackAsTheAddress() throws Exception {
        String url = "https://shixiao.example.cn/business/QnVzaW5lc3M6MTIz";
        String svg = QrCode.svg(url);
        assertThat(svg).startsWith("<svg").contains("shape-rendering=\"crispEdges\"");

        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        int scale = 4;
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int x = x0 * scale; x < (x0 + length) * scale; x++) {
                for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                    image.setRGB(x, y, 0x000000);
                }
            }
        }
        LuminanceSource source = new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(),
                image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText()).isEqualTo(url);
    }
}
