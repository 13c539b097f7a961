/**
 * The plugin's REST API ({@code /rest/compact/1.0}): Jakarta REST resources over the domain services, and
 * the mappers that turn the services' refusals into the contract's JSON errors.
 *
 * <p>Who the host lets through (REST v2 access annotations, one on every resource method; without one
 * Confluence 9 and later admit licensed users only):
 *
 * <ul>
 *   <li>{@code @UnrestrictedAccess} on every read and on the two calls only the Slack bot makes (PUT
 *       /support-assignments, POST /engagement): the bot's Confluence account needs no product licence.
 *       The host then checks nothing, so every such method starts with {@code Access}: no signed-in
 *       caller is 401, a caller outside the group the call needs is 403, and reads show only what the
 *       caller (or, for the integration and coordinator groups, the {@code ?viewer=}) may see.
 *   <li>{@code @LicensedOnly} on the calls people make from Confluence's pages (sign, withdraw, edit a
 *       member, change a register row), on top of the same {@code Access} checks.
 * </ul>
 */
package org.alliancecompact.confluence.rest;
