namespace Supple.Core.Content;

/// <summary>Short lines a player shows and speaks during a stretch, in addition to its full steps.</summary>
/// <param name="Hold">Said when a hold begins (e.g. "Squeeze your shoulder blades together and hold").</param>
/// <param name="Release">Said when a hold ends (e.g. "Release and let your shoulders relax").</param>
/// <param name="RightSide">For a sided stretch, how to do it on the right side; otherwise <c>null</c>.</param>
/// <param name="LeftSide">For a sided stretch, how to do it on the left side; otherwise <c>null</c>.</param>
public sealed record StretchPrompts(string Hold, string Release, string? RightSide, string? LeftSide);
