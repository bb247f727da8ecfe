/**
 * Stage 5, facts: reads roles, product makers, time expressions, deals, events and figures from the analysed
 * text and its resolved entities.
 */
package org.newskg.extract;
