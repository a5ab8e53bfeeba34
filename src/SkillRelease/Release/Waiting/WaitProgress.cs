namespace SkillRelease.Release.Waiting;

/// <summary>
/// How far a long wait has come: what is awaited (a noun phrase, "Lambda's update of $LATEST"), how long it has
/// taken and how long it may still take at most (the wait's planned end, or the time after which it gives up).
/// The engine only reports; a program decides how to show it (a log line, a rewritten line in a terminal).
/// </summary>
public sealed record WaitProgress(string What, WaitPhase Phase, TimeSpan Elapsed, TimeSpan Remaining);
