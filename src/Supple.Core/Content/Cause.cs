namespace Supple.Core.Content;

/// <summary>A common cause or trigger of upper-back pain.</summary>
/// <param name="Id">Stable id, e.g. <c>posture</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What it is and how it leads to pain.</param>
/// <param name="ReferenceNumbers">References cited.</param>
public sealed record Cause(string Id, string Name, string Description, IReadOnlyList<int> ReferenceNumbers);
