package com.disputedesk.reply.ui;

import com.disputedesk.reply.ReplyTemplate;
import com.disputedesk.reply.ReplyTemplates;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** The leads keep the reply templates here: a list of every template, and an editor with a live preview. */
@Route(value = "reply-templates", layout = MainLayout.class)
@RolesAllowed({"OPS_LEAD", "ADMIN"})
class ReplyTemplatesView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Grid<ReplyTemplate> grid = new Grid<>();
  final Button create = new Button();
  final ReplyTemplateEditor editor;
  private final ReplyTemplates templates;

  ReplyTemplatesView(ReplyTemplates templates, AuthenticationContext auth, Clock clock) {
    this.templates = templates;
    this.editor = new ReplyTemplateEditor(templates, auth.getPrincipalName().orElse(""), clock, this::refresh);
    setSizeFull();
    create.setText(getTranslation("reply.new"));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(e -> {
      grid.deselectAll();
      editor.edit(null);
    });
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("reply.title")), create);
    header.setAlignItems(Alignment.BASELINE);
    columns();
    grid.asSingleSelect().addValueChangeListener(e -> {
      if (e.getValue() != null) {
        editor.edit(e.getValue());
      }
    });
    HorizontalLayout body = new HorizontalLayout(grid, editor);
    body.setSizeFull();
    // the list keeps its share beside the editor (a grid has no width of its own in a row)
    grid.setWidth("55%");
    grid.setMinWidth("28rem");
    editor.setWidth("45%");
    add(header, new Paragraph(getTranslation("reply.intro")), body);
    refresh();
  }

  private void columns() {
    // columns share the list's width and wrap, so every one stays in view beside the editor
    grid.addColumn(t -> ReplyLabels.purpose(t.purpose())).setHeader(getTranslation("reply.col.purpose"))
        .setWidth("8rem").setFlexGrow(1);
    grid.addColumn(t -> ReplyLabels.outcome(templates, t)).setHeader(getTranslation("reply.col.outcome"))
        .setWidth("8rem").setFlexGrow(1);
    grid.addColumn(t -> ReplyLabels.reason(templates, t)).setHeader(getTranslation("reply.col.reason"))
        .setWidth("8rem").setFlexGrow(1);
    grid.addColumn(ReplyTemplate::name).setHeader(getTranslation("reply.col.name")).setWidth("9rem").setFlexGrow(2)
        .setTooltipGenerator(ReplyTemplate::body);
    grid.addColumn(t -> t.updatedBy() + " · " + Formats.dateTime(t.updatedAt(), getLocale()))
        .setHeader(getTranslation("reply.col.updated")).setWidth("8rem").setFlexGrow(1);
    grid.getColumns().forEach(c -> c.setResizable(true));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setEmptyStateText(getTranslation("reply.empty"));
    grid.setHeightFull();
  }

  private void refresh() {
    grid.setItems(templates.all());
  }
}
