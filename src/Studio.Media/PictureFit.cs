using System.Globalization;
using SkiaSharp;

namespace Studio.Media;

/// <summary>
/// How a picture is made to fit a box: cropped to fill it (an avatar), or scaled inside it and padded with a colour
/// (a thumbnail). Pictures SkiaSharp reads (PNG, JPEG, WebP, GIF, BMP…) are resized in-process; the other formats a
/// studio uploads (HDR, EXR, TIFF) go through ffmpeg with the same geometry.
/// </summary>
public sealed record PictureFit(int Width, int Height, bool Crop, uint PadColor = 0xFF000000)
{
    /// <summary>Above this many pixels a picture is refused before it is decoded (a small file can declare a huge picture).</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>Zou's avatar: 400×400, cropped around the centre.</summary>
    public static readonly PictureFit Avatar = new(400, 400, Crop: true);

    /// <summary>The same geometry as an ffmpeg filter.</summary>
    public string FfmpegFilter => Crop
        ? $"scale={Width}:{Height}:force_original_aspect_ratio=increase,crop={Width}:{Height}"
        : $"format=rgba,scale={Width}:{Height}:force_original_aspect_ratio=decrease,pad={Width}:{Height}:(ow-iw)/2:(oh-ih)/2:color=0x{PadColor & 0xFFFFFF:X6}{PadColor >> 24:X2}";

    /// <summary>
    /// Resizes the picture in <paramref name="source"/> into a PNG at <paramref name="output"/>. False when SkiaSharp
    /// cannot read it (not a picture, or a format it does not know); a picture larger than <see cref="MaxPixels"/> is a
    /// <see cref="Domain.Common.WrongParameterException"/>.
    /// </summary>
    public bool TryResize(string source, string output)
    {
        using var codec = SKCodec.Create(source);
        if (codec is null)
        {
            return false;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > MaxPixels || width <= 0 || height <= 0)
        {
            throw new Domain.Common.WrongParameterException(string.Create(CultureInfo.InvariantCulture, $"The picture is too large ({width}×{height})."));
        }

        using var picture = SKBitmap.Decode(codec);
        if (picture is null)
        {
            return false;
        }

        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Crop ? SKColors.Transparent : new SKColor(PadColor));
        var scale = Crop ? Math.Max((double)Width / width, (double)Height / height) : Math.Min((double)Width / width, (double)Height / height);
        var (drawnWidth, drawnHeight) = ((float)(width * scale), (float)(height * scale));
        var target = SKRect.Create((Width - drawnWidth) / 2, (Height - drawnHeight) / 2, drawnWidth, drawnHeight);
        using (var image = SKImage.FromBitmap(picture))
        {
            canvas.DrawImage(image, SKRect.Create(width, height), target, new SKSamplingOptions(SKCubicResampler.Mitchell));
        }

        using var snapshot = surface.Snapshot();
        using var png = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(output);
        png.SaveTo(file);
        return true;
    }
}
