/**
 * The plugin's own refusals: what the domain services and permission checks raise when a call cannot be
 * done (no caller, not allowed, nothing there, clashes with what is stored, a bad value). They know nothing
 * of HTTP; the {@code rest} layer turns each kind into its status and the contract's error body, and the
 * macros show the message in place of the macro.
 */
package org.alliancecompact.confluence.refusal;
