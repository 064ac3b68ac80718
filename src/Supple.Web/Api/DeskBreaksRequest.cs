namespace Supple.Web.Api;

/// <summary>Working hours for pushed desk breaks: <c>from</c> and <c>to</c> as 24-hour local times, and the days (monday … sunday).</summary>
public sealed record DeskBreaksRequest(string? From, string? To, IReadOnlyList<string?>? Days);
