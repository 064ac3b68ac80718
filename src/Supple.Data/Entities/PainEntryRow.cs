namespace Supple.Data.Entities;

/// <summary>A pain diary entry (table <c>pain_entries</c>).</summary>
public sealed class PainEntryRow
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public Guid Uid { get; set; }

    public DateTimeOffset At { get; set; }

    public int Score { get; set; }

    public string? Area { get; set; }

    public string? Note { get; set; }
}
