namespace Supple.Web.Pictures;

/// <summary>The pictures of the two sides of a sided stretch (each the mirror image of the other).</summary>
/// <param name="Left">The left side's picture URL.</param>
/// <param name="Right">The right side's picture URL.</param>
public sealed record SidePictures(string Left, string Right);
