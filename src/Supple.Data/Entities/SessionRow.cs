namespace Supple.Data.Entities;

/// <summary>A session row (table <c>sessions</c>). <see cref="Outcome"/> is null while the session is in progress.</summary>
public sealed class SessionRow
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>Stable id kept across export and import (natural key with <see cref="UserId"/>).</summary>
    public Guid Uid { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The day it counts for, in <see cref="TimeZoneId"/>; fixed when written so a later move does not rewrite history.</summary>
    public DateOnly Day { get; set; }

    public required string TimeZoneId { get; set; }

    public required string ProgrammeName { get; set; }

    public required string Level { get; set; }

    public required string Source { get; set; }

    /// <summary>Completed, StoppedForPain or Abandoned; null while in progress (shown as Abandoned).</summary>
    public string? Outcome { get; set; }

    public int? PainBefore { get; set; }

    public int? PainAfter { get; set; }

    public string? HurtStretchId { get; set; }

    public string? HurtSide { get; set; }

    public DateTimeOffset? HurtAt { get; set; }

    public string? Note { get; set; }

    /// <summary>
    /// What a guided session plays and what has been played of it so far (<c>Supple.Core.Sessions.SessionPlay</c> as
    /// JSON): the routine it was started with and the step outcomes received, so a server can fold steps that arrive
    /// one request at a time into stretch records. Null for sessions logged, imported or saved whole.
    /// </summary>
    public string? Play { get; set; }

    /// <summary>True once the day of this session was counted as practised in the summaries.</summary>
    public bool CountedAsPractice { get; set; }

    public List<StretchRecordRow> Stretches { get; set; } = [];
}
