namespace Supple.Breaks;

/// <summary>One break as it happened, for the record (a break is a session like any other).</summary>
/// <param name="BreakId">An id made for this break: recording it again is the same session.</param>
/// <param name="StartedAt">When the break started.</param>
/// <param name="Elapsed">How long it ran.</param>
/// <param name="End">How it ended: <c>played</c> (to its end), <c>stopped</c> (done early, quit, Ctrl+C) or <c>hurt</c> ("this hurts").</param>
internal sealed record BreakRecord(Guid BreakId, DateTimeOffset StartedAt, TimeSpan Elapsed, string End)
{
    public const string Played = "played";
    public const string Stopped = "stopped";
    public const string Hurt = "hurt";
}
