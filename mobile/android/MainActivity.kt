// The app's Android activity. dx 0.7.10 copies this file verbatim instead of
// its template (mobile/Dioxus.toml, [application] android_main_activity);
// the template is `class MainActivity : WryActivity()` with the BuildConfig
// alias below. What it adds, each checked by tests/tests/platform_config.rs:
//
// - FLAG_SECURE: the app switcher shows a blank card instead of a picture of
//   the screen, screenshots and screen recordings of the app come out black,
//   and the screen is not shown on casts or non-secure displays.
// - Before the Rust app starts (it starts in super.onCreate), three facts in
//   environment variables that mobile/src/device/android.rs reads: the
//   private files folder (the core's store and diary), the private folder
//   for exports (emptied at every start), and the device's languages. Rust
//   has no Android context of its own, and the workspace forbids the unsafe
//   code that JNI would need.
// - The page is padded by the system bars, the camera cutout and the
//   keyboard: with target SDK 35, Android 15 draws apps edge to edge, and the
//   quick-exit button would sit under the status bar.
// - window.EenEntreeDevice, a small bridge added before the page loads
//   (onWebViewCreate is called before wry loads the URL): take a photo into
//   the private cache, share an export or a link through the share sheet.
//   Only the app's own page is ever loaded in this web view (the app refuses
//   any other navigation), and every method checks what it is given.
//
// Calls and web pages do not pass here: Rust starts ACTION_DIAL / ACTION_VIEW
// itself through robius-open. None of this was compiled or run on these
// machines (no Android SDK): see mobile/PHONE-CHECKS.md.
package dev.dioxus.main

import android.content.ActivityNotFoundException
import android.content.ContentProvider
import android.content.ContentValues
import android.content.Context
import android.content.Intent
import android.database.Cursor
import android.database.MatrixCursor
import android.net.Uri
import android.os.Bundle
import android.os.LocaleList
import android.os.ParcelFileDescriptor
import android.provider.MediaStore
import android.provider.OpenableColumns
import android.system.Os
import android.view.View
import android.view.WindowManager
import android.webkit.JavascriptInterface
import android.webkit.MimeTypeMap
import android.webkit.WebView
import androidx.activity.result.contract.ActivityResultContracts
import androidx.core.view.ViewCompat
import androidx.core.view.WindowInsetsCompat
import java.io.File
import org.json.JSONObject

// wry's Kotlin files (same package) read BuildConfig.DEBUG; BuildConfig is
// generated in the application id's package: [bundle] identifier in Dioxus.toml.
typealias BuildConfig = nl.eenentree.app.BuildConfig

class MainActivity : WryActivity() {
    private var webView: WebView? = null
    private var pendingPhoto: File? = null

    // Registered while the activity is created, as the API requires.
    private val takePicture =
        registerForActivityResult(ActivityResultContracts.TakePicture()) { saved ->
            photoTaken(saved == true)
        }

    override fun onCreate(savedInstanceState: Bundle?) {
        // Before anything is drawn, so not even the first frame can be captured.
        window.setFlags(
            WindowManager.LayoutParams.FLAG_SECURE,
            WindowManager.LayoutParams.FLAG_SECURE
        )
        // What an earlier run left (an export shared, a photo not yet read
        // when the app was killed) goes first: plaintext never waits here.
        val exports = PrivateFiles.folder(this, PrivateFiles.EXPORTS, empty = true)
        PrivateFiles.folder(this, PrivateFiles.CAPTURES, empty = true)
        // Before the Rust app starts (it starts in super.onCreate).
        Os.setenv("EEN_ENTREE_DATA_DIR", filesDir.absolutePath, true)
        Os.setenv("EEN_ENTREE_EXPORT_DIR", exports.absolutePath, true)
        Os.setenv("EEN_ENTREE_LANGUAGES", LocaleList.getDefault().toLanguageTags(), true)
        super.onCreate(savedInstanceState)
        // Edge to edge: keep the page clear of the bars, the cutout and the keyboard.
        ViewCompat.setOnApplyWindowInsetsListener(findViewById<View>(android.R.id.content)) { view, insets ->
            val edges = insets.getInsets(
                WindowInsetsCompat.Type.systemBars() or
                    WindowInsetsCompat.Type.displayCutout() or
                    WindowInsetsCompat.Type.ime()
            )
            view.setPadding(edges.left, edges.top, edges.right, edges.bottom)
            WindowInsetsCompat.CONSUMED
        }
    }

    override fun onWebViewCreate(webView: WebView) {
        this.webView = webView
        webView.addJavascriptInterface(DeviceBridge(this), "EenEntreeDevice")
    }

    /** Opens the camera app, which writes the photo into the private cache. */
    fun startPhoto(): String {
        if (Intent(MediaStore.ACTION_IMAGE_CAPTURE).resolveActivity(packageManager) == null) {
            return "unavailable"
        }
        val name = "photo-" + System.currentTimeMillis() + ".jpg"
        val file = File(PrivateFiles.folder(this, PrivateFiles.CAPTURES, empty = false), name)
        val uri = PrivateFiles.uri(PrivateFiles.CAPTURES, name)
        runOnUiThread {
            pendingPhoto = file
            try {
                // The framework turns EXTRA_OUTPUT into a one-time write grant.
                takePicture.launch(uri)
            } catch (e: ActivityNotFoundException) {
                photoTaken(false)
            }
        }
        return "started"
    }

    /** Tells the page where the photo is (or that there is none). */
    private fun photoTaken(saved: Boolean) {
        val file = pendingPhoto
        pendingPhoto = null
        val answer = JSONObject()
        if (saved && file != null && file.length() > 0) {
            answer.put("path", file.absolutePath)
            answer.put("name", file.name)
        } else {
            file?.delete()
            answer.put("error", "cancelled")
        }
        webView?.evaluateJavascript("window.__eeCaptured && window.__eeCaptured($answer)", null)
    }

    /** The share sheet for an export written into the private exports folder. */
    fun shareFile(path: String, mime: String): String {
        val file = File(path)
        val folder = PrivateFiles.folder(this, PrivateFiles.EXPORTS, empty = false)
        if (file.parentFile?.canonicalPath != folder.canonicalPath || !file.isFile) {
            return "refused"
        }
        val send = Intent(Intent.ACTION_SEND)
            .setType(mime)
            .putExtra(Intent.EXTRA_STREAM, PrivateFiles.uri(PrivateFiles.EXPORTS, file.name))
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        return choose(send)
    }

    /** The share sheet for a link (a campaign link from the school kit). */
    fun shareText(text: String): String {
        if (!text.startsWith("https://") || text.length > 2048) {
            return "refused"
        }
        return choose(Intent(Intent.ACTION_SEND).setType("text/plain").putExtra(Intent.EXTRA_TEXT, text))
    }

    /** The system's share sheet (always there: it is part of Android). */
    private fun choose(intent: Intent): String {
        runOnUiThread {
            try {
                startActivity(Intent.createChooser(intent, null))
            } catch (e: ActivityNotFoundException) {
                // Not on a phone that passes Android's compatibility tests.
            }
        }
        return "ok"
    }
}

/** What the page may ask of the device; called on the web view's bridge thread. */
class DeviceBridge(private val activity: MainActivity) {
    @JavascriptInterface
    fun takePhoto(): String = activity.startPhoto()

    @JavascriptInterface
    fun shareFile(path: String?, mime: String?): String =
        if (path == null || mime == null) "refused" else activity.shareFile(path, mime)

    @JavascriptInterface
    fun shareText(text: String?): String = if (text == null) "refused" else activity.shareText(text)
}

/**
 * The app's own content provider: content://nl.eenentree.app.private/<folder>/<name>
 * for the two private cache folders only. Not exported: another app can open
 * a file only with the one-time grant of the intent that named it.
 */
class PrivateFiles : ContentProvider() {
    companion object {
        const val AUTHORITY = "nl.eenentree.app.private"
        const val EXPORTS = "exports"
        const val CAPTURES = "captures"

        fun folder(context: Context, name: String, empty: Boolean): File {
            val dir = File(context.cacheDir, name)
            if (empty) {
                dir.deleteRecursively()
            }
            dir.mkdirs()
            return dir
        }

        fun uri(folder: String, name: String): Uri =
            Uri.Builder().scheme("content").authority(AUTHORITY).appendPath(folder).appendPath(name).build()
    }

    override fun onCreate(): Boolean = true

    /** The file a URI names, or null: one of the two folders, a plain name. */
    private fun file(uri: Uri): File? {
        val segments = uri.pathSegments
        if (segments.size != 2) return null
        val (folder, name) = segments
        if (folder != EXPORTS && folder != CAPTURES) return null
        if (name.isEmpty() || name.startsWith(".") || name.contains('/') || name.contains('\\')) return null
        val context = context ?: return null
        return File(File(context.cacheDir, folder), name)
    }

    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor? {
        val file = file(uri) ?: return null
        val folder = uri.pathSegments[0]
        // Exports are read by the app the user chose; photos are written by the camera.
        val allowed = if (folder == EXPORTS) mode == "r" else mode in listOf("w", "wt", "rw", "rwt")
        if (!allowed) throw SecurityException("mode $mode not allowed for $folder")
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.parseMode(mode))
    }

    override fun getType(uri: Uri): String? {
        val name = file(uri)?.name ?: return null
        return MimeTypeMap.getSingleton().getMimeTypeFromExtension(name.substringAfterLast('.'))
            ?: "application/octet-stream"
    }

    override fun query(
        uri: Uri,
        projection: Array<out String>?,
        selection: String?,
        selectionArgs: Array<out String>?,
        sortOrder: String?
    ): Cursor? {
        val file = file(uri) ?: return null
        val columns = arrayOf(OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE)
        return MatrixCursor(columns, 1).apply { addRow(arrayOf<Any>(file.name, file.length())) }
    }

    override fun insert(uri: Uri, values: ContentValues?): Uri? = null

    override fun delete(uri: Uri, selection: String?, selectionArgs: Array<out String>?): Int = 0

    override fun update(
        uri: Uri,
        values: ContentValues?,
        selection: String?,
        selectionArgs: Array<out String>?
    ): Int = 0
}
