/**
 * Plumbing shared by byline's public packages: text and URL rules, NFC normalization, message
 * formatting. Not exported by the module; not API. Nothing here is stable.
 */
@NullMarked
package dev.byline.internal;

import org.jspecify.annotations.NullMarked;
