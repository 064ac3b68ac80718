namespace Supple.Core.Content;

/// <summary>A need met by any one of several props, e.g. a foam roller or a rolled towel.</summary>
/// <param name="AnyOf">The alternatives, preferred first; at least one.</param>
public sealed record PropRequirement(IReadOnlyList<Prop> AnyOf);
