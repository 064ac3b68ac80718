namespace Supple.Web.Api;

/// <summary>Starts a guided session.</summary>
/// <param name="Level">gentle, standard (default) or full.</param>
/// <param name="Only">The stretches of the session (default: all seven), as ids.</param>
/// <param name="PainBefore">Pain before the session, 0–10, when asked.</param>
/// <param name="StartedAt">When it started (default: now); not in the future.</param>
public sealed record StartSessionRequest(string? Level, IReadOnlyList<string>? Only, int? PainBefore, DateTimeOffset? StartedAt);
