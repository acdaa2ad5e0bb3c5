// The app's Android activity. dx 0.7.10 copies this file verbatim instead of
// its template (mobile/Dioxus.toml, [application] android_main_activity);
// the template is `class MainActivity : WryActivity()` with the BuildConfig
// alias below. The one addition is FLAG_SECURE: the app switcher shows a blank
// card instead of a picture of the screen, screenshots and screen recordings
// of the app come out black, and the screen is not shown on casts or
// non-secure displays. Checked by tests/tests/platform_config.rs.
// It also tells the Rust side where the app's private folder is (the core's
// store and diary) and where exports the user asks for go, through two
// environment variables read by mobile/src/platform.rs: Rust has no Android
// context of its own, and the workspace forbids the unsafe code JNI needs.
package dev.dioxus.main

import android.os.Bundle
import android.os.Environment
import android.system.Os
import android.view.WindowManager

// wry's Kotlin files (same package) read BuildConfig.DEBUG; BuildConfig is
// generated in the application id's package: [bundle] identifier in Dioxus.toml.
typealias BuildConfig = nl.eenentree.app.BuildConfig

class MainActivity : WryActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        // Before anything is drawn, so not even the first frame can be captured.
        window.setFlags(
            WindowManager.LayoutParams.FLAG_SECURE,
            WindowManager.LayoutParams.FLAG_SECURE
        )
        // Before the Rust app starts (it starts in super.onCreate).
        Os.setenv("EEN_ENTREE_DATA_DIR", filesDir.absolutePath, true)
        getExternalFilesDir(Environment.DIRECTORY_DOCUMENTS)?.let {
            Os.setenv("EEN_ENTREE_EXPORT_DIR", it.absolutePath, true)
        }
        super.onCreate(savedInstanceState)
    }
}
