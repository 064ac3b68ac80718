namespace Supple.Web.Api;

/// <summary>The history of a window of days: the days practised, the sessions and the pain diary, newest first.</summary>
public sealed record HistoryResponse(
    string TimeZoneId,
    int Days,
    IReadOnlyList<DateOnly> PractisedDays,
    IReadOnlyList<HistorySessionResponse> Sessions,
    IReadOnlyList<PainEntryResponse> Pain);
