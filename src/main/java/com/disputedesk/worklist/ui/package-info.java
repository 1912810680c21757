/** Queue views and the grid every case queue shares. */
@org.springframework.modulith.NamedInterface("ui")
package com.disputedesk.worklist.ui;
