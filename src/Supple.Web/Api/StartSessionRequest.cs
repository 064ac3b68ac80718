namespace Supple.Web.Api;

/// <summary>Starts a guided session; the server applies every rule and answers with the timeline to play.</summary>
/// <param name="ClientId">An id the client made for this session: starting it again with the same id is the same session.</param>
/// <param name="Level">gentle, standard or full for every stretch (default: the plan's levels with <paramref name="Plan"/>, else standard).</param>
/// <param name="Only">Only these stretches, as ids (default: all seven, or the plan's).</param>
/// <param name="Plan">True for today's stretches from the saved plan (ignored with a level or stretches given).</param>
/// <param name="PainBefore">Pain before the session, 0–10, when asked: 7 or more plays every stretch gentle.</param>
/// <param name="StartedAt">When it started (default: now); not in the future.</param>
public sealed record StartSessionRequest(Guid? ClientId, string? Level, IReadOnlyList<string>? Only, bool? Plan, int? PainBefore, DateTimeOffset? StartedAt);
