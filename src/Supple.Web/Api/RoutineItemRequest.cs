namespace Supple.Web.Api;

/// <summary>One stretch of the routine a session played, and its level.</summary>
/// <param name="StretchId">A known stretch id.</param>
/// <param name="Level">gentle, standard or full.</param>
public sealed record RoutineItemRequest(string? StretchId, string? Level);
