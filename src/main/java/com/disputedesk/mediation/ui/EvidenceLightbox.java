package com.disputedesk.mediation.ui;

import com.disputedesk.evidence.EvidenceItem;
import com.disputedesk.workspace.Labels;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;

/**
 * The case's photos and documents at full size: zoom in and out (+, −, 0 to fit), previous and next (← →), PDFs at
 * the dialog's full width. The decision panel stays where it was, so the mediator reads and decides side by side.
 */
class EvidenceLightbox extends Dialog {
  private static final double[] ZOOMS = {0.5, 0.75, 1, 1.5, 2, 3};
  private final List<EvidenceItem> items;
  private final Function<EvidenceItem, String> url;
  private final Div stage = new Div();
  private final Span caption = new Span();
  final Button previous = new Button("←");
  final Button next = new Button("→");
  int index;
  int zoom = 2;

  EvidenceLightbox(List<EvidenceItem> items, int start, Function<EvidenceItem, String> url) {
    this.items = items;
    this.url = url;
    this.index = start;
    addClassName("dd-lightbox");
    // over the case file only: the decision panel on the right stays visible and usable (not modal)
    setModal(false);
    setWidth("58vw");
    setHeight("88vh");
    setTop("8vh");
    setLeft("1vw");
    setDraggable(true);
    setResizable(true);
    stage.addClassName("dd-lightbox-stage");
    Button zoomIn = new Button("+", e -> zoomBy(1));
    Button zoomOut = new Button("−", e -> zoomBy(-1));
    Button fit = new Button(getTranslation("lightbox.fit"), e -> zoomTo(2));
    Button close = new Button(getTranslation("common.close"), e -> close());
    previous.addClickListener(e -> show(index - 1));
    next.addClickListener(e -> show(index + 1));
    for (Button b : List.of(previous, next, zoomIn, zoomOut, fit, close)) {
      b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }
    previous.setAriaLabel(getTranslation("lightbox.previous"));
    next.setAriaLabel(getTranslation("lightbox.next"));
    zoomIn.setAriaLabel(getTranslation("lightbox.zoomIn"));
    zoomOut.setAriaLabel(getTranslation("lightbox.zoomOut"));
    getHeader().add(caption);
    getFooter().add(previous, next, zoomOut, zoomIn, fit, close);
    add(stage);
    addShortcut(() -> show(index - 1), Key.ARROW_LEFT);
    addShortcut(() -> show(index + 1), Key.ARROW_RIGHT);
    addShortcut(() -> zoomBy(1), Key.of("+"));
    addShortcut(() -> zoomBy(-1), Key.of("-"));
    addShortcut(() -> zoomTo(2), Key.DIGIT_0);
    show(start);
  }

  private void addShortcut(Runnable action, Key key) {
    com.vaadin.flow.component.Shortcuts.addShortcutListener(this, action::run, key).listenOn(this);
  }

  void show(int at) {
    if (at < 0 || at >= items.size()) {
      return;
    }
    index = at;
    EvidenceItem e = items.get(at);
    caption.setText((at + 1) + " / " + items.size() + " · " + Labels.code("party", e.party()) + " · "
        + Labels.of(e.kind()) + (e.filename() == null ? "" : " · " + e.filename()));
    previous.setEnabled(at > 0);
    next.setEnabled(at < items.size() - 1);
    stage.removeAll();
    if (e.isImage()) {
      Image image = new Image(url.apply(e), e.filename() == null ? Labels.of(e.kind()) : e.filename());
      image.addClassName("dd-lightbox-image");
      stage.add(image);
      zoomTo(zoom);
      setWidth("58vw");
      setLeft("1vw");
    } else {
      // a document is read at the window's width; the decision panel is one click on the page behind
      setWidth("96vw");
      setLeft("2vw");
      IFrame document = new IFrame(url.apply(e));
      document.getElement().setAttribute("title", getTranslation("case.preview"));
      document.addClassName("dd-lightbox-document");
      stage.add(document);
    }
  }

  private void zoomBy(int step) {
    zoomTo(Math.max(0, Math.min(ZOOMS.length - 1, zoom + step)));
  }

  private void zoomTo(int level) {
    zoom = level;
    stage.getChildren().filter(c -> c instanceof Image).forEach(c -> ((Image) c).getStyle()
        .set("width", level == 2 ? "auto" : Math.round(ZOOMS[level] * 100) + "%")
        .set("max-width", level == 2 ? "100%" : "none"));
  }
}
