package io.quizarena.socket;

/**
 * What one connection may cost: frames in flight before a slow reader is dropped, and the flood budget.
 *
 * @param maxPendingFrames outgoing frames in flight; past this the connection closes with 1013
 * @param messageBurst inbound messages at once
 * @param messagesPerSecond inbound messages per second on average
 */
public record SocketLimits(int maxPendingFrames, int messageBurst, int messagesPerSecond) {}
