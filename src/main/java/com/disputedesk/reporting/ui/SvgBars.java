package com.disputedesk.reporting.ui;

import java.util.List;

/** A server-rendered SVG bar chart: no chart library, no npm, readable without script. */
final class SvgBars {
  record Bar(String label, int value) {}

  private SvgBars() {}

  static String render(String title, List<Bar> bars) {
    int width = Math.max(320, bars.size() * 40 + 40);
    int height = 180;
    int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
    StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' class='dd-chart' width='")
        .append(width).append("' height='").append(height + 40).append("' aria-label='").append(escape(title))
        .append("'><title>").append(escape(title)).append("</title>");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int h = (int) Math.round(height * (bar.value() / (double) max));
      int x = 30 + i * 40;
      svg.append("<rect x='").append(x).append("' y='").append(height - h).append("' width='28' height='").append(h)
          .append("' fill='#d9534f'><title>").append(escape(bar.label())).append(": ").append(bar.value())
          .append("</title></rect>");
      svg.append("<text x='").append(x + 14).append("' y='").append(height - h - 4)
          .append("' font-size='11' text-anchor='middle'>").append(bar.value()).append("</text>");
      svg.append("<text x='").append(x + 14).append("' y='").append(height + 14)
          .append("' font-size='10' text-anchor='middle'>").append(escape(bar.label())).append("</text>");
    }
    return svg.append("<line x1='25' y1='").append(height).append("' x2='").append(width).append("' y2='")
        .append(height).append("' stroke='#999'/></svg>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
  }
}
