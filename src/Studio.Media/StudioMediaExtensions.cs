using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Previews;

namespace Studio.Media;

public static class StudioMediaExtensions
{
    /// <summary>The media pipeline: ffmpeg, the preview processor, and (when <paramref name="runWorkers"/>) its hosted workers.</summary>
    public static IServiceCollection AddStudioMedia(this IServiceCollection services, IConfiguration configuration, bool runWorkers)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section));
        services.AddSingleton<Ffmpeg>();
        services.AddSingleton<VariantWriter>();
        services.AddSingleton<PictureMaker>();
        services.AddSingleton<IPreviewPictures>(s => s.GetRequiredService<PictureMaker>());
        services.AddSingleton<PreviewProcessor>();
        services.AddSingleton<ThumbnailService>();
        services.AddSingleton<PlaylistBuilder>();
        if (runWorkers)
        {
            services.AddHostedService<MediaWorker>();
        }

        return services;
    }
}
