namespace Supple.Breaks;

/// <summary>What <c>supple breaks --record</c> reads on standard input: where to record, the routine, and the break.</summary>
internal sealed record BreakRecordRequest(
    string? Db,
    string? ProgrammeFile,
    IReadOnlyList<BreakRoutineItem> Routine,
    Guid BreakId,
    DateTimeOffset StartedAt,
    long ElapsedMilliseconds,
    string End);
