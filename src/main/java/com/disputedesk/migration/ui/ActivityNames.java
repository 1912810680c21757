package com.disputedesk.migration.ui;

import com.vaadin.flow.component.Component;

/**
 * How an activity or a model is called on screen: its label from the message bundles ({@code bpmn.<id>}) where one
 * exists, so Russian users read Russian; otherwise the name the model gives it.
 */
final class ActivityNames {
  private ActivityNames() {}

  static String of(Component where, String id, String modelName) {
    String key = "bpmn." + id;
    String label = where.getTranslation(key);
    return label == null || label.isBlank() || label.contains(key) ? modelName : label;
  }
}
