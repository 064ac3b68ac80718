namespace Supple.Core.Content;

/// <summary>A benefit of stretching for upper-back pain.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the benefit is.</param>
/// <param name="ReferenceNumbers">References cited.</param>
public sealed record Benefit(string Id, string Name, string Description, IReadOnlyList<int> ReferenceNumbers);
