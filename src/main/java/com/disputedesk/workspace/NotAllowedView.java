package com.disputedesk.workspace;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A screen the user's roles do not open: said plainly, with the menu, answered with 403. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {
  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    show(event, "error.notAllowed");
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
