namespace Studio.Domain.Breakdown;

/// <summary>
/// A production's casting links, oldest first: all of them, one <see cref="Page"/> of <see cref="Limit"/>, or those
/// created after a cursor (<see cref="AfterCursor"/>); <see cref="Total"/> counts every link of the production.
/// </summary>
public sealed record EntityLinksPage(IReadOnlyList<EntityLink> Links, int Total, int Limit, int? Page, bool AfterCursor);
