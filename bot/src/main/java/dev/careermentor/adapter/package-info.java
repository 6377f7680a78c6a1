/**
 * What every chat platform adapter shares: the lifecycle (start once, stop with a drain), admission and
 * draining of requests in flight, dropping repeated deliveries, and the replies for a failed core or a
 * bot that is restarting. Knows the core, never a platform library: Slack and Discord build on it.
 */
@NullMarked
package dev.careermentor.adapter;

import org.jspecify.annotations.NullMarked;
