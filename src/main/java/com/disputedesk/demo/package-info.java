/**
 * Demo cases for the {@code demo} profile: thirty-odd disputes in every stage, written through the real services
 * with the engine clock set into the past, so their timers fire for real once the job executor starts.
 */
package com.disputedesk.demo;
