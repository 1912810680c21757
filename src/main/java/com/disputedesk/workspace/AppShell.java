package com.disputedesk.workspace;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;

/** Plain CSS from static resources: nothing here needs an npm build. */
@StyleSheet("context://styles/disputedesk.css")
@PWA(name = "DisputeDesk", shortName = "DisputeDesk", offline = false)
public class AppShell implements AppShellConfigurator {}
