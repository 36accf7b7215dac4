namespace Studio.Domain.Crud.Collections;

/// <summary>The first episode of a TV show just written (Zou's <c>first_episode_id</c>); null when it has none.</summary>
public sealed record ProjectFirstEpisode(Guid? EpisodeId) : CrudExtras;
