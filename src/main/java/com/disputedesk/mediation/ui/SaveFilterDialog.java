package com.disputedesk.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asks for the name to keep the current filters under. */
class SaveFilterDialog extends Dialog {
  final TextField name = new TextField();

  SaveFilterDialog(Consumer<String> onSave) {
    setHeaderTitle(getTranslation("queue.saveFilter"));
    name.setLabel(getTranslation("queue.filterName"));
    name.setMaxLength(60);
    name.setWidthFull();
    add(name);
    Button save = new Button(getTranslation("common.save"), e -> {
      if (!name.isEmpty()) {
        onSave.accept(name.getValue().strip());
        close();
      } else {
        name.setInvalid(true);
        name.setErrorMessage(getTranslation("queue.filterName.required"));
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    name.focus();
  }
}
