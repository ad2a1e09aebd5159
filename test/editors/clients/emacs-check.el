;;; emacs-check.el --- eglot (Emacs 28, eglot 1.9+) against the Skjold language server  -*- lexical-binding: t -*-
;; Run by test/editors/emacs.test.ts:
;;   emacs --batch -Q -l emacs-check.el   with SKJOLD_NOTE, SKJOLD_SERVER_CMD (JSON list), SKJOLD_RESULT
;; Opens the note as a user would (find-file, eglot), waits for Flymake to show the server's diagnostics,
;; asks for code actions, applies the preferred one and writes what it saw as JSON. Never writes document text.
(require 'package)
(setq package-directory-list '("/usr/share/emacs/site-lisp/elpa"))
(package-initialize)
(require 'eglot)
(require 'flymake)
(require 'json)
(require 'seq)

(defvar skjold-wait-seconds (/ (string-to-number (or (getenv "SKJOLD_WAIT_MS") "15000")) 1000.0))
(defvar skjold-result nil "Alist written as JSON at the end.")

(defun skjold-put (key value) (setq skjold-result (cons (cons key value) skjold-result)))

(defun skjold-wait (predicate)
  "Poll PREDICATE while processing server output and timers; its value, or nil after the timeout."
  (let ((deadline (+ (float-time) skjold-wait-seconds)) (value nil))
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun skjold-lsp-diag (d) (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))))

(defun skjold-diagnostics ()
  "Flymake diagnostics in this buffer that came from the Skjold server."
  (seq-filter (lambda (d) (equal (plist-get (skjold-lsp-diag d) :source) "skjold")) (flymake-diagnostics)))

(defun skjold-cpr-diagnostic ()
  (seq-find (lambda (d) (equal (plist-get (skjold-lsp-diag d) :code) "cpr")) (skjold-diagnostics)))

(defun skjold-column (pos) (save-excursion (goto-char pos) (- pos (line-beginning-position))))

(defun skjold-run ()
  (let ((note (getenv "SKJOLD_NOTE"))
        (cmd (append (json-read-from-string (getenv "SKJOLD_SERVER_CMD")) nil)))
    (add-to-list 'eglot-server-programs `((text-mode) . ,cmd))
    (find-file note)
    (unless (derived-mode-p 'text-mode) (text-mode))
    (apply #'eglot (eglot--guess-contact))
    ;; In batch mode Flymake never starts on its own (no command loop): start it until it shows something.
    (let ((arrived (skjold-wait (lambda () (or (skjold-diagnostics) (progn (flymake-start) nil))))))
      (skjold-put 'arrived (if arrived t :json-false)))
    (skjold-put 'diagnostics
                (vconcat (mapcar (lambda (d)
                                   (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
                                     `((line . ,(1- (line-number-at-pos beg)))
                                       (col . ,(skjold-column beg))
                                       (end_line . ,(1- (line-number-at-pos end)))
                                       (end_col . ,(skjold-column end))
                                       (code . ,(plist-get (skjold-lsp-diag d) :code))
                                       (type . ,(symbol-name (flymake-diagnostic-type d))))))
                                 (skjold-diagnostics))))
    (let ((cpr (skjold-cpr-diagnostic)))
      (when cpr
        (let* ((beg (flymake-diagnostic-beg cpr))
               (end (flymake-diagnostic-end cpr))
               (actions (eglot-code-actions beg end nil nil))
               (chosen (seq-find (lambda (a) (eq (plist-get a :isPreferred) t)) actions)))
          (skjold-put 'actions (vconcat (mapcar (lambda (a) `((title . ,(plist-get a :title))
                                                             (isPreferred . ,(if (eq (plist-get a :isPreferred) t) t :json-false))))
                                                actions)))
          (when chosen
            (eglot--apply-workspace-edit (plist-get chosen :edit))
            ;; eglot sends didChange from an idle timer, and batch Emacs is never idle: send it now.
            (eglot--signal-textDocument/didChange)
            (let ((span (buffer-substring-no-properties beg end)))
              (skjold-put 'masked_span_has_digits (if (string-match-p "[0-9]" span) t :json-false))
              (unless (string-match-p "[0-9]" span) (skjold-put 'masked_span span)))
            (let ((cleared (skjold-wait (lambda () (if (skjold-cpr-diagnostic) (progn (flymake-start) nil) t)))))
              (skjold-put 'cleared (if cleared t :json-false)))))))))

(condition-case err
    (skjold-run)
  (error (skjold-put 'error (error-message-string err))))
(with-temp-file (getenv "SKJOLD_RESULT") (insert (json-encode skjold-result)))
(kill-emacs 0)
;;; emacs-check.el ends here
