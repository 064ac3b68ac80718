namespace Supple.Data.Entities;

/// <summary>Per user and stretch (table <c>stretch_summaries</c>), kept up to date as stretch records are written.</summary>
public sealed class StretchSummaryRow
{
    public required string UserId { get; set; }

    public required string StretchId { get; set; }

    public int TimesDone { get; set; }

    public int TimesSkipped { get; set; }

    public int TimesHurt { get; set; }
}
