/**
 * Emails to parties and back-office staff. Written after the state change committed (event publication registry),
 * stored first, then sent through SMTP when one is configured; without SMTP they stay stored for administrators.
 */
package com.disputedesk.notification;
