import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Renders a `tmux capture-pane -e` dump (SGR colours) to a PNG: java bench/AnsiToPng.java DUMP OUT.png COLUMNS */
public class AnsiToPng {
  static final Color DEF_FG = new Color(0xd0, 0xd0, 0xd0), DEF_BG = new Color(0x1c, 0x1c, 0x1c);
  static final int[] BASE = {0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x3b78ff, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
      0x7f7f7f, 0xff5555, 0x55ff55, 0xffff55, 0x5c5cff, 0xff55ff, 0x55ffff, 0xffffff};

  static Color c256(int n) {
    if (n < 16) return new Color(BASE[n]);
    if (n < 232) { n -= 16; int[] v = {0, 95, 135, 175, 215, 255}; return new Color(v[n / 36], v[n / 6 % 6], v[n % 6]); }
    int g = 8 + (n - 232) * 10; return new Color(g, g, g);
  }

  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(a[0]));
    int cols = Integer.parseInt(a[2]);
    Font font = new Font("DejaVu Sans Mono", Font.PLAIN, 15);
    Font bold = font.deriveFont(Font.BOLD);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    FontMetrics fm = probe.createGraphics().getFontMetrics(font);
    int cw = fm.charWidth('M'), ch = fm.getHeight();
    BufferedImage img = new BufferedImage(cols * cw + 16, lines.size() * ch + 16, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(DEF_BG); g.fillRect(0, 0, img.getWidth(), img.getHeight());
    for (int y = 0; y < lines.size(); y++) {
      String s = lines.get(y);
      Color fg = DEF_FG, bg = null; boolean b = false, rev = false;
      int x = 0;
      for (int i = 0; i < s.length(); ) {
        char c = s.charAt(i);
        if (c == 27 && i + 1 < s.length() && s.charAt(i + 1) == '[') {
          int end = i + 2; while (end < s.length() && !Character.isLetter(s.charAt(end))) end++;
          if (end < s.length() && s.charAt(end) == 'm') {
            String[] ps = s.substring(i + 2, end).split(";", -1);
            for (int k = 0; k < ps.length; k++) {
              int p = ps[k].isEmpty() ? 0 : Integer.parseInt(ps[k]);
              if (p == 0) { fg = DEF_FG; bg = null; b = false; rev = false; }
              else if (p == 1) b = true; else if (p == 22) b = false;
              else if (p == 7) rev = true; else if (p == 27) rev = false;
              else if (p >= 30 && p <= 37) fg = c256(p - 30); else if (p >= 90 && p <= 97) fg = c256(p - 82);
              else if (p == 39) fg = DEF_FG; else if (p == 49) bg = null;
              else if (p >= 40 && p <= 47) bg = c256(p - 40); else if (p >= 100 && p <= 107) bg = c256(p - 92);
              else if ((p == 38 || p == 48) && k + 1 < ps.length) {
                Color col;
                if (ps[k + 1].equals("5")) { col = c256(Integer.parseInt(ps[k + 2])); k += 2; }
                else { col = new Color(Integer.parseInt(ps[k + 2]), Integer.parseInt(ps[k + 3]), Integer.parseInt(ps[k + 4])); k += 4; }
                if (p == 38) fg = col; else bg = col;
              }
            }
          }
          i = end + 1; continue;
        }
        int cp = s.codePointAt(i); i += Character.charCount(cp);
        Color f = rev ? (bg == null ? DEF_BG : bg) : fg, bk = rev ? fg : bg;
        int px = 8 + x * cw, py = 8 + y * ch;
        if (bk != null) { g.setColor(bk); g.fillRect(px, py, cw, ch); }
        g.setColor(f); g.setFont(b ? bold : font);
        g.drawString(new String(Character.toChars(cp)), px, py + fm.getAscent());
        x++;
      }
    }
    javax.imageio.ImageIO.write(img, "png", new File(a[1]));
  }
}
