using Studio.Domain.Breakdown;

namespace Studio.Domain.Previews;

/// <summary>The entity whose main picture a preview became, and its kind (Asset, Shot…).</summary>
public sealed record MainPreview(Entity Entity, string Kind);
