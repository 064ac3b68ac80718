namespace Supple.Data.Entities;

/// <summary>One stretch (one side) done in a session (table <c>stretch_records</c>); natural key (session, seq).</summary>
public sealed class StretchRecordRow
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public long SessionId { get; set; }

    public SessionRow? Session { get; set; }

    /// <summary>Order within the session, from 1.</summary>
    public int Seq { get; set; }

    public required string StretchId { get; set; }

    public required string Side { get; set; }

    public int RepsDone { get; set; }

    public int SetsDone { get; set; }

    public int SecondsHeld { get; set; }

    public bool Skipped { get; set; }

    public bool Hurt { get; set; }

    /// <summary>Cut short by quit, an interruption or "this hurts": kept with what was done, never counted as done.</summary>
    public bool Partial { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
