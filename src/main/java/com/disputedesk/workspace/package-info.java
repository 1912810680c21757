/** The workspace shell: layout, navigation, language, styles. Feature modules put their views inside it. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.disputedesk.workspace;
